// The web tests share one running app per database and a fake clock, so they run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
