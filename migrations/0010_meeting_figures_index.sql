-- The meetings timeline lists each meeting's distinct figures. The index it read lacked the
-- qualifier and upper bound, so every figure of a meeting was fetched from the table and sorted
-- for DISTINCT (a generated meeting reported by thousands of articles has tens of thousands of
-- figures). With every compared column in the index, DISTINCT follows the index order and the
-- table is not read. The conflicts report groups on the leading columns, as before.
CREATE INDEX figures_by_meeting_figure ON figures(meeting_id, topic, unit, per_side, value, qualifier, value_max, source_id);
DROP INDEX figures_by_meeting_values;
