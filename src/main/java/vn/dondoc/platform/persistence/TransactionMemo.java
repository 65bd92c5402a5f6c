package vn.dondoc.platform.persistence;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers lookups for the rest of the current transaction. A process step that runs thousands of
 * times (a follow-up's registration, its timers' expressions, its notifications) asks for the same
 * rows several times in one engine transaction; within it they can only change through the owner of
 * the memo, which calls {@link #forget()} on every write. Outside a transaction nothing is kept.
 *
 * @param <K> the key looked up
 * @param <V> what the lookup returns (never null: use {@code Optional})
 */
public final class TransactionMemo<K, V> {

  public V get(K key, Function<K, V> lookup) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return lookup.apply(key);
    }
    Map<K, V> memo = memo();
    V value = memo.get(key);
    if (value == null) {
      value = lookup.apply(key);
      memo.put(key, value);
    }
    return value;
  }

  /** Forgets what this transaction looked up: the next lookup reads again. */
  public void forget() {
    @SuppressWarnings("unchecked")
    Map<K, V> memo = (Map<K, V>) TransactionSynchronizationManager.getResource(this);
    if (memo != null) {
      memo.clear();
    }
  }

  @SuppressWarnings("unchecked")
  private Map<K, V> memo() {
    Map<K, V> memo = (Map<K, V>) TransactionSynchronizationManager.getResource(this);
    if (memo == null) {
      Map<K, V> created = new HashMap<>();
      TransactionSynchronizationManager.bindResource(this, created);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(TransactionMemo.this);
        }
      });
      memo = created;
    }
    return memo;
  }
}
