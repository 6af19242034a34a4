-- The administrator's view of who opened workers' full personal data reads the log by action.
CREATE INDEX audit_event_action_idx ON audit_event (action, occurred_at DESC, id DESC);
