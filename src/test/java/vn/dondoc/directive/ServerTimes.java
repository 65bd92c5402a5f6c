package vn.dondoc.directive;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * The server's own time per HTTP request: from Spring's request observation, which starts before
 * Spring Security's filters and stops after the response is written, so it holds sign-in, Camunda's
 * filters, the engine and serialisation, and none of the client's time. Added to the running
 * application's registry by the benchmark; nothing is recorded until {@link #start()}.
 */
final class ServerTimes implements ObservationHandler<ServerRequestObservationContext> {

  private static final String STARTED = ServerTimes.class.getName() + ".started";

  private final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
  private volatile boolean recording;

  static ServerTimes on(ObservationRegistry registry) {
    ServerTimes times = new ServerTimes();
    registry.observationConfig().observationHandler(times);
    return times;
  }

  @Override
  public boolean supportsContext(Observation.Context context) {
    return context instanceof ServerRequestObservationContext;
  }

  @Override
  public void onStart(ServerRequestObservationContext context) {
    context.put(STARTED, System.nanoTime());
  }

  @Override
  public void onStop(ServerRequestObservationContext context) {
    Long started = context.get(STARTED);
    if (recording && started != null) {
      nanos.add(System.nanoTime() - started);
    }
  }

  void start() {
    nanos.clear();
    recording = true;
  }

  /** The times of the {@code calls} requests since {@link #start()}; the last may stop just after its client had the answer. */
  long[] stop(int calls) throws InterruptedException {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (nanos.size() < calls && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    recording = false;
    if (nanos.size() != calls) {
      throw new IllegalStateException("Server timed " + nanos.size() + " requests, the client sent " + calls);
    }
    return nanos.stream().mapToLong(Long::longValue).toArray();
  }
}
