/**
 * Team assessments run by HR: teams and members (or a head count), campaigns and their waves
 * (open until their closing date or until HR closes them, for good), personal and shared
 * invitation links known only by their hash, e-mailed invitations and reminders that replace a
 * link only once its message was accepted, and the completion counts HR needs while a wave is
 * open.
 */
package org.concord.campaign;
