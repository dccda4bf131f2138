/** Replacement hints: what the athlete and the Store are told when gear wears out. */
package app.tempo.account.domain.model.hint;
