;; Only proxy_on_memory_allocate: the vm must fall back to it.
(module
  (import "env" "proxy_get_property"
    (func $get_property (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "proxy_on_memory_allocate") (param i32) (result i32)
    (i32.const 8192))
  (func (export "get_prop") (result i32)
    (call $get_property (i32.const 0) (i32.const 1)
      (i32.const 64) (i32.const 68))))
