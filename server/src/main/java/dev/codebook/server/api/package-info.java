/** The JSON API: one servlet, its request parameters checked at the boundary, answers as the command line writes them. */
package dev.codebook.server.api;
