;; environ_* and args_* with each out-pointer outside guest memory.
(module
  (import "wasi_snapshot_preview1" "environ_sizes_get"
    (func $env_sizes (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "environ_get"
    (func $env_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_sizes_get"
    (func $args_sizes (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_get"
    (func $args_get (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $env_sizes (i32.const 65536) (i32.const 516)))
    (drop (call $env_sizes (i32.const 512) (i32.const 65533)))
    (drop (call $env_get (i32.const 70000) (i32.const 608)))
    (drop (call $env_get (i32.const 600) (i32.const -1)))
    (drop (call $args_sizes (i32.const -4) (i32.const 516)))
    (drop (call $args_sizes (i32.const 512) (i32.const 65536)))
    (drop (call $args_get (i32.const 65537) (i32.const 608)))
    (drop (call $args_get (i32.const 600) (i32.const 0x7fffffff)))
    (i32.const 1)))
