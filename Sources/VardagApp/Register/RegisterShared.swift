/// What the register's tabs share: whether inactive rows are listed.
struct RegisterShared: Sendable, Equatable {
    var showInactive = true
}
