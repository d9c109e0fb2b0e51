import type { Metadata } from "next";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

/** Only local paths are followed after sign-in, so the page cannot be used to bounce people elsewhere. */
function safeNext(next: string | string[] | undefined): string {
  return typeof next === "string" && next.startsWith("/") && !next.startsWith("//") ? next : "/studio";
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  return (
    <>
      <h1>Sign in to the studio</h1>
      <p className="lede">Editors, reviewers, publishers and admins sign in here. Reading the index needs no account.</p>
      <SignInForm next={safeNext(next)} />
    </>
  );
}
