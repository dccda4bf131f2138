package it.tempo.telemetry;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Opens the OTLP receiver as the test run starts, so the servers' exports succeed all along (not only once the
 * telemetry tests run) and every test's spans are there to look at.
 */
public class ReceiverForTheRun implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        try {
            OtlpReceiver.shared();
        } catch (IllegalStateException e) {
            // the telemetry tests fail with this reason; every other test runs as it would without a receiver
            System.err.println(e.getMessage());
        }
    }
}
