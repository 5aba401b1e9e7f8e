-- The meetings timeline in its report order, so `parley report meetings` reads meetings in the
-- order it prints them instead of sorting every row of v_meetings. On 100,000 generated articles
-- the sort held each row with its parties, heads and figures (128,000 rows) and was a fifth of the
-- report's SQL: 0016's order, with undated meetings (nearly all of them) ordered by status, made
-- it 0.19 s against 0.06 s for 0015's (date IS NULL, date, id).
--
-- The terms are those of the report's ORDER BY on v_meetings, written on meetings' own columns
-- (v_meetings' date is coalesce(date, '--' || month_day)); id, the rowid, is the last key of any
-- index. SQLite matches an index on expressions only against the same expressions on the table,
-- never on a view's column, so the report joins the view to this table and orders by the table's
-- terms (Report.meetingsInOrder).
CREATE INDEX meetings_timeline ON meetings(
    coalesce(date, '--' || month_day) IS NULL,
    coalesce(date, '--' || month_day) LIKE '--%',
    coalesce(date, '--' || month_day),
    status = 'proposed',
    status = 'planned');
