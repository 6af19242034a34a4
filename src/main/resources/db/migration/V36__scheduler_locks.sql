-- Scheduled work (the service clock's sweeps, the removal of abandoned drafts) runs once across
-- portal instances: whoever writes a row here first runs it (ShedLock, database time).
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
