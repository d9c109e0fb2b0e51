-- Migration 0004_release_parts_guard_updates, written by hand (no change to schema.prisma).
-- Never edit it once applied anywhere; make a new migration instead.

-- An UPDATE could move a draft's rows into a published release: check the new row's release
-- as well as the old one's.
CREATE OR REPLACE FUNCTION rti_release_part_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "release" WHERE "id" = OLD."releaseId" AND "status" = 'published')
     OR (TG_OP = 'UPDATE' AND EXISTS (SELECT 1 FROM "release" WHERE "id" = NEW."releaseId" AND "status" = 'published')) THEN
    RAISE EXCEPTION 'rows of % belong to a published release and cannot be changed or removed', TG_TABLE_NAME
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
