import { z } from "zod";

/**
 * Answers of the API's lifecycle routes (docs/api.md): the server describes and checks its
 * answers with them, the client reads them with them.
 */
export const workshopDetailsSchema = z.object({
  workshopId: z.string(),
  joinCode: z.string(),
  role: z
    .enum(["owner", "cofacilitator"])
    .describe("owner: the workshop's own key; cofacilitator: a revocable co-facilitator link's"),
  title: z.string(),
  createdAt: z.number().describe("ms since the epoch"),
  lastActivityAt: z.number().describe("When anything last happened in it (ms since the epoch)"),
  contactsKeptUntil: z.number().describe("When contact details will be erased, if nothing happens"),
  keptUntil: z.number().describe("When the whole workshop will be deleted, if nothing happens"),
});
/** What a facilitator's device learns of its workshop: the join code, and how long it is kept. */
export type WorkshopDetails = z.infer<typeof workshopDetailsSchema>;

export const myDataSchema = z.object({
  participantId: z.string(),
  name: z.string(),
  registeredAt: z.number(),
  notes: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      color: z.string(),
      category: z.string().nullable(),
      kind: z.string().nullable(),
      parts: z.array(z.object({ type: z.string(), text: z.string() })),
      createdAt: z.number(),
      family: z.string().nullable(),
    }),
  ),
  interests: z.array(z.object({ noteId: z.string(), text: z.string() })),
  contact: z.string().nullable(),
  keptUntil: z.number().describe("When all of it will be deleted, if nothing happens"),
});
/** Everything the server stores about a participant in a workshop. */
export type MyData = z.infer<typeof myDataSchema>;

export const erasedSchema = z.object({
  erased: z.object({ notes: z.number(), interests: z.number(), contact: z.boolean() }),
});

export const privacySchema = z.object({
  contactRetentionDays: z.number(),
  workshopRetentionDays: z.number(),
});
/** How long this server keeps contacts and workshops. */
export type PrivacyFacts = z.infer<typeof privacySchema>;
