extension PostgresMigrations {
    /// Mirrors `v13-access-login-roles` (nothing on SQLite): each login's server role follows
    /// the grants, so that a systemförvaltare who is not the schema's owner can give access.
    ///
    /// Creating a role and granting membership of the app role need CREATEROLE, which the
    /// owner has and a systemförvaltare does not. A trigger on `access_grant` does both as the
    /// owner (SECURITY DEFINER): a new grant creates the login role when the server has none by
    /// that name and makes it a member of `vardag_app_role()`; removing a login's last grant
    /// takes it out again (the role stays: it may own other things on the server). Whoever may
    /// insert or delete the grant (the owner, or a systemförvaltare under the policies of
    /// `v12-access-policies`) may therefore change the role, and nobody else: the policies are
    /// the check. A whole-database `vardag copy` onto a server gets its logins' roles the same way.
    ///
    /// The function reads its own schema from `TG_TABLE_SCHEMA`, never from a name kept in it
    /// (`vardag demo` builds in a `vardag_build_…` schema and renames it), and runs with
    /// `search_path = pg_catalog, pg_temp`, which a login cannot hijack.
    static let v13AccessLoginRoles = #"""
        CREATE FUNCTION vardag_login_role_follows_grants() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
        AS $$
        DECLARE
            app text;
            remaining bigint;
        BEGIN
            EXECUTE format('SELECT %I.vardag_app_role()', TG_TABLE_SCHEMA) INTO app;
            IF TG_OP = 'INSERT' THEN
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = NEW.login) THEN
                    EXECUTE format('CREATE ROLE %I LOGIN', NEW.login);
                END IF;
                IF NOT EXISTS (SELECT 1 FROM pg_auth_members am JOIN pg_roles r ON r.oid = am.roleid
                               JOIN pg_roles m ON m.oid = am.member WHERE r.rolname = app AND m.rolname = NEW.login) THEN
                    EXECUTE format('GRANT %I TO %I', app, NEW.login);
                END IF;
                RETURN NEW;
            END IF;
            EXECUTE format('SELECT count(*) FROM %I.access_grant WHERE login = $1', TG_TABLE_SCHEMA) INTO remaining USING OLD.login;
            IF remaining = 0 AND EXISTS (SELECT 1 FROM pg_auth_members am JOIN pg_roles r ON r.oid = am.roleid
                                         JOIN pg_roles m ON m.oid = am.member WHERE r.rolname = app AND m.rolname = OLD.login) THEN
                EXECUTE format('REVOKE %I FROM %I', app, OLD.login);
            END IF;
            RETURN OLD;
        END
        $$;

        REVOKE ALL ON FUNCTION vardag_login_role_follows_grants() FROM PUBLIC;

        CREATE TRIGGER login_role_follows_grants AFTER INSERT OR DELETE ON access_grant
            FOR EACH ROW EXECUTE FUNCTION vardag_login_role_follows_grants();
        """#
}
