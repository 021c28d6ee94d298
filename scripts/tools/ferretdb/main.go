// Command ferretdb runs FerretDB 1.24 (SQLite backend) as the local MongoDB-wire
// database. It embeds the ferretdb package instead of `go install`ing the upstream
// command, whose module build panics on a missing build/version/version.txt.
package main

import (
	"context"
	"flag"
	"log"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listen := flag.String("listen-addr", "127.0.0.1:27017", "TCP address to listen on")
	sqliteURL := flag.String("sqlite-url", "file:.data/ferretdb/", "SQLite directory URI (must end with /)")
	postgresqlURL := flag.String("postgresql-url", "", "PostgreSQL URL; when set, the PostgreSQL backend replaces SQLite")
	verbose := flag.Bool("verbose", false, "log every command")
	flag.Parse()

	level := slog.LevelWarn
	if *verbose {
		level = slog.LevelDebug
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	config := &ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: *listen},
		Logger:    logger,
		Handler:   "sqlite",
		SQLiteURL: *sqliteURL,
	}
	if *postgresqlURL != "" {
		config.Handler = "postgresql"
		config.PostgreSQLURL = *postgresqlURL
	}
	db, err := ferretdb.New(config)
	if err != nil {
		log.Fatalf("ferretdb: %v", err)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	logger.Warn("ferretdb listening", "addr", *listen, "sqlite", *sqliteURL)
	if err := db.Run(ctx); err != nil && ctx.Err() == nil {
		log.Fatalf("ferretdb: %v", err)
	}
}
