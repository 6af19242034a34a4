-- The abuse limits (wrong codes per tracking number, wrong passwords per account, submissions and
-- failures per address) as token buckets shared by every portal instance (Bucket4j, one row per
-- key, locked with SELECT ... FOR UPDATE). expires_at (epoch milliseconds) lets a sweep remove
-- buckets that have filled up again.
CREATE TABLE bucket (
    id         VARCHAR(255) PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);

CREATE INDEX bucket_expires_at_idx ON bucket (expires_at);
