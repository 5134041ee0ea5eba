/// What the register's tabs share: whether inactive rows are listed.
public struct RegisterShared: Sendable, Equatable {
    var showInactive = true
}
