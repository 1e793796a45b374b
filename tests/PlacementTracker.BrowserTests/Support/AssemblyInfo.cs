// The browser tests time their waits on a two-core machine: the SQLite and PostgreSQL collections run one
// after the other, as the single collection did before there were two.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
