/** The interaction domain through the gateway with real tokens: friends, groups, chats, search, notifications, live delivery. */
package it.tempo.interaction;
