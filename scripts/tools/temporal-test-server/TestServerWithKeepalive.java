import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.temporal.internal.testservice.GRPCServerHelper;
import io.temporal.internal.testservice.TestServicesStarter;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Temporal's time-skipping test server, started like its own main (`<port> [--enable-time-skipping]`),
 * but accepting keepalive pings every 10 s. The stock server keeps gRPC's default (one ping per
 * 5 minutes) and answers the worker's 30-second pings with GOAWAY "too_many_pings"; under load a
 * workflow task in flight on that connection was lost, and the server's clock stayed locked.
 */
public final class TestServerWithKeepalive {
  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    // As in the stock main: without the flag the clock starts locked (the SDK unlocks it when it waits).
    boolean lockTimeSkipping = Arrays.stream(args).skip(1).noneMatch("--enable-time-skipping"::equalsIgnoreCase);
    TestServicesStarter services = new TestServicesStarter(lockTimeSkipping, 0);
    NettyServerBuilder builder =
        NettyServerBuilder.forPort(port).permitKeepAliveTime(10, TimeUnit.SECONDS).permitKeepAliveWithoutCalls(true);
    GRPCServerHelper.registerServicesAndHealthChecks(services.getServices(), builder);
    Server server = builder.build().start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.shutdownNow();
      services.close();
    }));
    server.awaitTermination();
  }
}
