/** Statistics: totals per sport and calendar period, in the athlete's time zone. */
package app.tempo.account.domain.model.statistics;
