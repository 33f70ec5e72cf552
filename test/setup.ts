// Set up for every unit test: IndexedDB in memory (fake-indexeddb), in node and in jsdom alike.
import 'fake-indexeddb/auto';
