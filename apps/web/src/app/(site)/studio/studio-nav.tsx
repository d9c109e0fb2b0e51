"use client";
import type { RoleName } from "@rti/auth/roles";
import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS: { href: string; label: string; role?: RoleName }[] = [
  { href: "/studio", label: "Overview" },
  { href: "/studio/events", label: "Events" },
  { href: "/studio/events/new", label: "New event", role: "editor" },
  { href: "/studio/assistant", label: "Article assistant", role: "editor" },
  { href: "/studio/imports", label: "Imports", role: "editor" },
  { href: "/studio/drafts", label: "My drafts" },
  { href: "/studio/keys", label: "API keys" },
  { href: "/studio/review", label: "Review queue", role: "reviewer" },
  { href: "/studio/releases", label: "Releases", role: "publisher" },
  { href: "/studio/admin/users", label: "Users and roles", role: "admin" },
  { href: "/studio/admin/audit", label: "Audit log", role: "admin" },
  { href: "/studio/admin/methodology", label: "Methodology", role: "admin" },
];

export function StudioNav({ roles, name }: { roles: RoleName[]; name: string }) {
  const pathname = usePathname();
  return (
    <nav className="studio-nav" aria-label="Studio">
      <p className="studio-who">{name}</p>
      <ul>
        {LINKS.filter((l) => !l.role || roles.includes(l.role)).map((l) => (
          <li key={l.href}>
            <Link href={l.href} aria-current={pathname === l.href ? "page" : undefined}>
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
