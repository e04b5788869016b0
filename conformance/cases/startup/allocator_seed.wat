;; The seed names no allocator: a module exporting both malloc and
;; proxy_on_memory_allocate is served by malloc, the hosts' order.  Each
;; allocator logs its name; on_configure reads the configuration, which
;; the host returns through the allocator.
(module
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (import "env" "proxy_get_configuration"
    (func $config (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "malloc")
  (data (i32.const 32) "proxy_on_memory_allocate")
  (global $bump (mut i32) (i32.const 4096))
  (func $take (param $n i32) (result i32)
    (global.get $bump)
    (global.set $bump (i32.add (global.get $bump) (local.get $n))))
  (func (export "malloc") (param $n i32) (result i32)
    (drop (call $log (i32.const 2) (i32.const 16) (i32.const 6)))
    (call $take (local.get $n)))
  (func (export "proxy_on_memory_allocate") (param $n i32) (result i32)
    (drop (call $log (i32.const 2) (i32.const 32) (i32.const 24)))
    (call $take (local.get $n)))
  (func (export "proxy_on_start") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $config (i32.const 512) (i32.const 516)))
    (i32.const 1)))
