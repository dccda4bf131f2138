/** Tests that run inside a Liberty server of the stack, deployed by Arquillian next to the real applications. */
package it.tempo.arquillian;
