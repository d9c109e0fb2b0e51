import { ROLE_DESCRIPTIONS } from "@rti/auth";
import type { Metadata } from "next";
import { requireViewer } from "~/lib/viewer";
import { AtAGlance } from "./at-a-glance";
import { SignOutButton } from "./sign-out-button";
import "./events/events.css";

export const metadata: Metadata = { title: "Studio" };

export default async function StudioPage() {
  const viewer = await requireViewer("/studio");

  return (
    <>
      <h1>Studio</h1>
      <p className="lede">Signed in as {viewer.name}.</p>
      <AtAGlance viewer={viewer} />
      <section aria-labelledby="you">
        <h2 id="you">Your account</h2>
        <dl className="facts">
          <dt>Name</dt>
          <dd>{viewer.name}</dd>
          <dt>Email</dt>
          <dd>{viewer.email}</dd>
        </dl>
      </section>
      <section aria-labelledby="roles">
        <h2 id="roles">Your roles</h2>
        {viewer.roles.length === 0 ? (
          <p className="notice">
            Your account has no roles yet, so you can read but not change anything. Ask an admin to grant you one.
          </p>
        ) : (
          <ul className="roles">
            {viewer.roles.map((role) => (
              <li key={role}>
                <span className="role-badge">{role}</span>
                {ROLE_DESCRIPTIONS[role]}
              </li>
            ))}
          </ul>
        )}
      </section>
      <p style={{ marginTop: "2rem" }}>
        <SignOutButton />
      </p>
    </>
  );
}
