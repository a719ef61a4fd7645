using System.Diagnostics;

namespace Pipeline.Readiness.Tests.Checks.Database;

/// <summary>A real Alembic project (the seed's stack: SQLAlchemy models in <c>app/models.py</c>, <c>alembic.ini</c>,
/// <c>migrations/env.py</c> reading <c>DATABASE_URL</c>, two revisions) in a temporary folder, run by Debian's alembic.</summary>
internal sealed class AlembicSample : IDisposable
{
    private readonly bool _owned;

    /// <summary>Writes the project into <paramref name="root"/> (kept), or into a new temporary folder (deleted on dispose).</summary>
    public AlembicSample(string? root = null)
    {
        _owned = root is null;
        Root = root ?? Directory.CreateTempSubdirectory("pipeline-alembic-").FullName;
        Write("app/__init__.py", string.Empty);
        Models("total = sa.Column(sa.Numeric(12, 2), nullable=False, server_default='0')");
        Write("alembic.ini", """
            [alembic]
            script_location = migrations
            sqlalchemy.url = sqlite:///app.db

            [loggers]
            keys = root,sqlalchemy,alembic

            [handlers]
            keys = console

            [formatters]
            keys = generic

            [logger_root]
            level = WARN
            handlers = console
            qualname =

            [logger_sqlalchemy]
            level = WARN
            handlers =
            qualname = sqlalchemy.engine

            [logger_alembic]
            level = INFO
            handlers =
            qualname = alembic

            [handler_console]
            class = StreamHandler
            args = (sys.stderr,)
            level = NOTSET
            formatter = generic

            [formatter_generic]
            format = %(levelname)-5.5s [%(name)s] %(message)s
            """);
        Write("migrations/env.py", """
            import os
            from logging.config import fileConfig

            import sqlalchemy as sa
            from alembic import context

            from app.models import Base

            config = context.config
            fileConfig(config.config_file_name)
            target_metadata = Base.metadata
            url = os.environ.get("DATABASE_URL") or config.get_main_option("sqlalchemy.url")


            def run_migrations_offline():
                context.configure(url=url, target_metadata=target_metadata, literal_binds=True)
                with context.begin_transaction():
                    context.run_migrations()


            def run_migrations_online():
                engine = sa.create_engine(url)
                with engine.connect() as connection:
                    context.configure(connection=connection, target_metadata=target_metadata)
                    with context.begin_transaction():
                        context.run_migrations()


            if context.is_offline_mode():
                run_migrations_offline()
            else:
                run_migrations_online()
            """);
        Write("migrations/script.py.mako", """
            revision = ${repr(up_revision)}
            down_revision = ${repr(down_revision)}
            branch_labels = None
            depends_on = None

            from alembic import op
            import sqlalchemy as sa


            def upgrade():
                ${upgrades if upgrades else "pass"}


            def downgrade():
                ${downgrades if downgrades else "pass"}
            """);
        Revision("0001", null, "op.create_table('orders', sa.Column('id', sa.Integer(), primary_key=True), sa.Column('customer', sa.String(100), nullable=False))");
        Revision("0002", "0001", "op.add_column('orders', sa.Column('total', sa.Numeric(12, 2), nullable=False, server_default='0'))");
    }

    public string Root { get; }

    public void Write(string relative, string content)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.ReplaceLineEndings("\n") + "\n");
    }

    /// <summary>The Order model with one more column line after id and customer.</summary>
    public void Models(string extraColumn) => Write("app/models.py", $"""
        import sqlalchemy as sa
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()


        class Order(Base):
            __tablename__ = "orders"
            id = sa.Column(sa.Integer(), primary_key=True)
            customer = sa.Column(sa.String(100), nullable=False)
            {extraColumn}
        """);

    public void Revision(string id, string? down, string upgrade) => Write($"migrations/versions/{id}.py", $"""
        revision = '{id}'
        down_revision = {(down is null ? "None" : $"'{down}'")}
        branch_labels = None
        depends_on = None

        from alembic import op
        import sqlalchemy as sa


        def upgrade():
            {upgrade}


        def downgrade():
            pass
        """);

    /// <summary>Runs <c>alembic upgrade &lt;revision&gt;</c> against <paramref name="url"/>.</summary>
    public void Upgrade(string url, string revision)
    {
        var info = new ProcessStartInfo("alembic", ["upgrade", revision]) { WorkingDirectory = Root, RedirectStandardError = true, RedirectStandardOutput = true };
        info.Environment["DATABASE_URL"] = url;
        info.Environment["PYTHONPATH"] = Root;
        using var process = System.Diagnostics.Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error.Result);
    }

    public void Dispose()
    {
        if (_owned)
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
