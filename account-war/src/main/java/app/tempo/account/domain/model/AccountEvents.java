package app.tempo.account.domain.model;

import app.tempo.account.domain.model.hint.WearHint;
import app.tempo.account.domain.model.profile.Profile;
import app.tempo.account.domain.model.sensor.Sensor;

/** The port through which the account domain announces facts to the other domains, the ESB and the Store. */
public interface AccountEvents {

    /** The public part of a profile was created or changed (interaction's user search keeps a copy). */
    void profileChanged(Profile profile);

    void wearLimitReached(WearHint hint);

    void sensorRegistered(Sensor sensor);

    void sensorRemoved(Sensor sensor);
}
