-- Booked places are counted on the clinic's row and taken by one conditional UPDATE
--   UPDATE clinic SET booked = booked + 1 WHERE id = ? AND booked < capacity AND status IN (...)
-- as the last statement of a booking's transaction: the row lock it takes is held only until the
-- commit that follows, so concurrent bookings queue for a moment, never while they still need
-- other work done (journal, other modules), and the last place is given once. The CHECK keeps the
-- count within the capacity whatever writes it (a capacity lowered below the bookings included).
ALTER TABLE clinic ADD COLUMN booked integer NOT NULL DEFAULT 0;

UPDATE clinic c SET booked = (
    SELECT count(*) FROM attendance a WHERE a.clinic_id = c.id AND a.kind = 'BOOKED');

ALTER TABLE clinic ADD CONSTRAINT booked_within_capacity CHECK (booked >= 0 AND booked <= capacity);
