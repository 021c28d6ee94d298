// Run by the mongo container's healthcheck (mongosh --quiet this-file).
// Payload's MongoDB adapter uses transactions only on a replica set, so production
// runs a single-node replica set "rs0". Initiating is idempotent: rs.status() throws
// until a config exists, and only then do we call rs.initiate. The member's host is
// the compose service name, because clients (web, worker) connect to the address
// the replica set advertises, not to the one in DATABASE_URL.
try {
  rs.status()
} catch (error) {
  rs.initiate({ _id: 'rs0', members: [{ _id: 0, host: 'mongo:27017' }] })
}
// Healthy only once this node is primary: before that, writes would fail.
quit(db.hello().isWritablePrimary ? 0 : 1)
