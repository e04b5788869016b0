;; environ_sizes_get / args_sizes_get (outs preset to 9) and environ_get /
;; args_get into buffers preset to 0x55: the sizes become 0 and the gets
;; write nothing (the guest logs "untouched" when 600..615 still hold 0x55).
(module
  (import "wasi_snapshot_preview1" "environ_sizes_get"
    (func $env_sizes (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "environ_get"
    (func $env_get (param i32 i32) (result i32)))
  (import "wasi_unstable" "args_sizes_get"
    (func $args_sizes (param i32 i32) (result i32)))
  (import "wasi_unstable" "args_get"
    (func $args_get (param i32 i32) (result i32)))
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 300) "untouched")
  (data (i32.const 310) "written")
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func $check
    (if (i32.and
          (i64.eq (i64.load (i32.const 600)) (i64.const 0x5555555555555555))
          (i64.eq (i64.load (i32.const 608)) (i64.const 0x5555555555555555)))
      (then (drop (call $log (i32.const 2) (i32.const 300) (i32.const 9))))
      (else (drop (call $log (i32.const 2) (i32.const 310) (i32.const 7))))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (i32.store (i32.const 512) (i32.const 9))
    (i32.store (i32.const 516) (i32.const 9))
    (i32.store (i32.const 520) (i32.const 9))
    (i32.store (i32.const 524) (i32.const 9))
    (i64.store (i32.const 600) (i64.const 0x5555555555555555))
    (i64.store (i32.const 608) (i64.const 0x5555555555555555))
    (drop (call $env_sizes (i32.const 512) (i32.const 516)))
    (drop (call $env_get (i32.const 600) (i32.const 608)))
    (drop (call $args_sizes (i32.const 520) (i32.const 524)))
    (drop (call $args_get (i32.const 600) (i32.const 608)))
    (call $check)
    (i32.const 1)))
