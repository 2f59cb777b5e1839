-- Names in Uyghur Arabic script beside the name in Chinese characters (or Latin); either may be the
-- only one (issue 16). name_ug is kept in one spelling (UyghurScript: presentation forms folded,
-- keyboard variants mapped); name_ug_key is the form compared for duplicates and searched by word
-- prefix (ي folded into ى); name_ug_latin its ULY Latin form (lower case) and name_ug_latin_key that
-- form without diacritics or apostrophes, searched by word prefix from a Latin keyboard.
-- name_key stays the search and sort key of the name shown: name's, else name_ug's.
ALTER TABLE patient ALTER COLUMN name DROP NOT NULL;
ALTER TABLE patient ADD COLUMN name_ug text;
ALTER TABLE patient ADD COLUMN name_ug_key text;
ALTER TABLE patient ADD COLUMN name_ug_latin text;
ALTER TABLE patient ADD COLUMN name_ug_latin_key text;
ALTER TABLE patient ADD CONSTRAINT patient_named CHECK (name IS NOT NULL OR name_ug IS NOT NULL);
ALTER TABLE patient ADD CONSTRAINT patient_name_ug_forms
    CHECK ((name_ug IS NULL) = (name_ug_key IS NULL) AND (name_ug IS NULL) = (name_ug_latin IS NULL)
           AND (name_ug IS NULL) = (name_ug_latin_key IS NULL));

-- Probable duplicates: same Uyghur name and birth date.
CREATE INDEX patient_name_ug_key_birth_date ON patient (name_ug_key, birth_date) WHERE name_ug_key IS NOT NULL;
-- Search by the start of a word (LIKE 'x%' OR LIKE '% x%'): trigram indexes serve both.
CREATE INDEX patient_name_ug_key_trigram ON patient USING gin (name_ug_key gin_trgm_ops);
CREATE INDEX patient_name_ug_latin_key_trigram ON patient USING gin (name_ug_latin_key gin_trgm_ops);

ALTER TABLE guardian ALTER COLUMN name DROP NOT NULL;
ALTER TABLE guardian ADD COLUMN name_ug text;
ALTER TABLE guardian ADD COLUMN name_ug_latin text;
ALTER TABLE guardian ADD CONSTRAINT guardian_named CHECK (name IS NOT NULL OR name_ug IS NOT NULL);
