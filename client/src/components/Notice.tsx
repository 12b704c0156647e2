import type { ReactNode } from "react";

/** A centred message page: unknown code, missing key, loading. */
export function Notice({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <main className="notice-page">
      <div className="card notice-page__card">
        <h1 className="notice-page__title">{title}</h1>
        {children}
      </div>
    </main>
  );
}
