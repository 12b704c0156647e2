import type { frPrivacy } from "./privacy.fr";

/** English messages of a participant's data; the type makes a missing id a compile error. */
export const enPrivacy: Record<keyof typeof frPrivacy, string> = {
  "privacy.heading": "My data",
  "privacy.intro": "Everything this workshop keeps about you:",
  "privacy.name": "First name or nickname: {name}",
  "privacy.notes": "{count, plural, =0 {No post-it} one {# post-it} other {# post-its}}",
  "privacy.interests":
    "{count, plural, =0 {No “interested” mark} one {# “interested” mark} other {# “interested” marks}}",
  "privacy.contact": "Contact left for the organisers: {contact}",
  "privacy.noContact": "No contact left.",
  "privacy.keptUntil": "All of it is erased on {date} if the workshop has no more activity.",
  "privacy.download": "Download (JSON)",
  "privacy.erase": "Erase everything…",
  "privacy.eraseTitle": "Erase all your data?",
  "privacy.eraseText":
    "Your post-its, your “interested” marks, your contact and your registration to this workshop will be deleted, for everyone. This cannot be undone.",
  "privacy.eraseConfirm": "Erase everything for good",
  "privacy.cancel": "Cancel",
  "privacy.loading": "Loading…",
  "privacy.pageTitle": "Your data in Troc",
  "privacy.pageWhat":
    "When you join a workshop, Troc stores the first name or nickname you give, your post-its (and their details), your “interested” marks and, only if you give one, an email or a phone number.",
  "privacy.pageWho":
    "The workshop's participants and organisers see your post-its and your name. Only the organisers see your contact, in the skills map they export.",
  "privacy.pageHowLong":
    "Contacts are erased {contactDays} days after the workshop's last activity, and the whole workshop {workshopDays} days after it. The organisers may delete it sooner.",
  "privacy.pageRights":
    "On your phone, “My data” shows everything that is kept, downloads it and erases it. For anything else, ask the workshop's organisers.",
  "privacy.pageNothingElse":
    "No ads, no trackers, no account: your phone only keeps a copy of the workshop to work offline.",
};
