# The command line: the outcome table and the list of decisions.

table-intro = Measured with `jingkang table` (seeds 1–{ $runs } of each shipped policy; `cargo test --test docs` checks that this table is what the model gives).
table-policy = Scenario and policy
table-fell = Capital fell
table-outcomes = Outcomes
table-median = Median date
table-row = { $scenario }: { $policy }
table-share = { $outcome } { $share }%
table-falls = falls { $date }
table-ends = ends { $date }
