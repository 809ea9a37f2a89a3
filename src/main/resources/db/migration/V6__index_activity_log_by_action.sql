-- The activity log pages filter by action. The platform admin's view has no partner or customer to narrow
-- the rows by, so without this index an action filter would read every entry of the date range.
create index activity_log_action_ix on activity_log (action, occurred_at);
