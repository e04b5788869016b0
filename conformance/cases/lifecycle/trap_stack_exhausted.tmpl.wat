;; proxy_on_configure recurses without end: the engine's stack limit
;; traps, and the VM is failed like for any other trap.
(module
  (memory (export "memory") 1)
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func $down (param $n i32) (result i32)
    (i32.add (call $down (i32.add (local.get $n) (i32.const 1))) (local.get $n)))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (call $down (i32.const 0))))
