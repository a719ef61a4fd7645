using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OrdersApi.Migrations.Sqlite;

/// <inheritdoc />
public partial class InitialCreate : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "orders",
            columns: table => new
            {
                id = table.Column<Guid>(type: "TEXT", nullable: false),
                tenant = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                customer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                total = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_orders", x => x.id);
            });

        migrationBuilder.CreateIndex(
            name: "ix_orders_tenant_customer",
            table: "orders",
            columns: new[] { "tenant", "customer" });
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "orders");
    }
}
