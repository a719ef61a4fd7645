using Microsoft.EntityFrameworkCore;

namespace OrdersApi;

/// <summary>The service's database. Each provider has its own derived context and its own migrations
/// (<c>Migrations/Sqlite</c>, <c>Migrations/PostgreSql</c>), as EF Core advises for more than one provider.</summary>
internal abstract class OrdersDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Order> Orders => Set<Order>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var order = modelBuilder.Entity<Order>();
        order.ToTable("orders");
        order.HasKey(o => o.Id);
        order.Property(o => o.Id).HasColumnName("id").ValueGeneratedNever();
        order.Property(o => o.Tenant).HasColumnName("tenant").HasMaxLength(64).IsRequired();
        order.Property(o => o.Customer).HasColumnName("customer").HasMaxLength(100).IsRequired();
        order.Property(o => o.Total).HasColumnName("total").HasPrecision(12, 2);
        order.HasIndex(o => new { o.Tenant, o.Customer }).HasDatabaseName("ix_orders_tenant_customer");
    }
}
