package app.tempo.account.domain.model.sensor;

/** The Bluetooth LE profiles Tempo records from, each with its GATT service (Bluetooth SIG assigned numbers). */
public enum SensorKind {
    HEART_RATE(0x180D),
    SPEED_CADENCE(0x1816),
    CYCLING_POWER(0x1818),
    RUNNING_SPEED_CADENCE(0x1814),
    FITNESS_MACHINE(0x1826);

    private final int bleService;

    SensorKind(int bleService) {
        this.bleService = bleService;
    }

    /** The 16-bit service UUID as the Bluetooth SIG writes it, e.g. {@code 0x180D}. */
    public String bleService() {
        return String.format("0x%04X", bleService);
    }
}
