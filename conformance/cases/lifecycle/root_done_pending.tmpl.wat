;; The root sets a 100 ms tick in proxy_on_start.  Its proxy_on_done
;; returns 0 (still busy); the next proxy_on_tick finishes with proxy_done,
;; after which the host calls proxy_on_delete and the timer is gone.
(module
  (import "env" "proxy_set_tick_period_milliseconds" (func $set_tick (param i32) (result i32)))
  (import "env" "proxy_done" (func $done (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32)
    (drop (call $set_tick (i32.const 100)))
    (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_tick") (param i32)
    (drop (call $done)))
  (func (export "proxy_on_done") (param i32) (result i32) (i32.const 0))
  (func (export "proxy_on_delete") (param i32)))
