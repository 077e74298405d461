/**
 * JMH benchmarks and repeatable measurements of speed and memory (see BENCHMARKS.md): each class measures one
 * capability beside the baseline an application would otherwise use.
 */
package dev.codebook.benchmarks;
