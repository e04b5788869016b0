;; proxy_set_property from root contexts (proxy_on_configure and
;; proxy_on_tick, 100 ms): a root has no stream to store the value in.
(module
  (import "env" "proxy_set_property" (func $set_property (param i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_set_tick_period_milliseconds" (func $set_tick (param i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "k")
  (data (i32.const 32) "v")
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32)
    (drop (call $set_tick (i32.const 100)))
    (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $set_property (i32.const 16) (i32.const 1) (i32.const 32) (i32.const 1)))
    (i32.const 1))
  (func (export "proxy_on_tick") (param i32)
    (drop (call $set_property (i32.const 16) (i32.const 1) (i32.const 32) (i32.const 1)))))
