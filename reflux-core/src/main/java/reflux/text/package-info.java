/** Text helpers shared by every text renderer: terminal-safe escaping of route data. */
package reflux.text;
