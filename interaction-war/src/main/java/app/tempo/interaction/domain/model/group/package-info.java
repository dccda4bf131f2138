/** Groups: open or closed, with an owner, admins and members; their trainings and their chat. */
package app.tempo.interaction.domain.model.group;
