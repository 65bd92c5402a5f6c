package vn.dondoc.platform.tabular;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The read-only map behind {@link Row#values()}: the keys are shared by every row of a table and
 * each row keeps only an array of values. A hash map per row would cost several times the memory
 * of the text itself on a 100,000-row import.
 */
final class RowValues extends AbstractMap<String, String> {

  /** The keys of the columns present in the file, in declared order, shared by all rows. */
  static final class Keys {
    private final String[] names;
    private final Map<String, Integer> slots = new HashMap<>();

    Keys(String[] names) {
      this.names = names.clone();
      for (int i = 0; i < names.length; i++) {
        slots.put(names[i], i);
      }
    }

    int size() {
      return names.length;
    }
  }

  private final Keys keys;
  private final String[] values;

  /** Takes ownership of {@code values}, which must be as long as {@code keys} and hold no null. */
  RowValues(Keys keys, String[] values) {
    if (values.length != keys.size()) {
      throw new IllegalArgumentException("Expected " + keys.size() + " values, got " + values.length);
    }
    this.keys = keys;
    this.values = values;
  }

  @Override
  public String get(Object key) {
    Integer slot = keys.slots.get(key);
    return slot == null ? null : values[slot];
  }

  @Override
  public boolean containsKey(Object key) {
    return keys.slots.containsKey(key);
  }

  @Override
  public int size() {
    return values.length;
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < values.length;
          }

          @Override
          public Entry<String, String> next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            int slot = next++;
            return new SimpleImmutableEntry<>(keys.names[slot], values[slot]);
          }
        };
      }

      @Override
      public int size() {
        return values.length;
      }
    };
  }
}
