;; random_get of 16, 0, 3 and 5 bytes (the last under wasi_unstable), each
;; logged back as it was written: the reference host's generator is seeded
;; with a documented constant, so the bytes are known.
(module
  (import "wasi_snapshot_preview1" "random_get"
    (func $random (param i32 i32) (result i32)))
  (import "wasi_unstable" "random_get"
    (func $random_u (param i32 i32) (result i32)))
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (memory (export "memory") 2)
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $random (i32.const 512) (i32.const 16)))
    (drop (call $log (i32.const 2) (i32.const 512) (i32.const 16)))
    (drop (call $random (i32.const 600) (i32.const 0)))
    (drop (call $random (i32.const 600) (i32.const 3)))
    (drop (call $log (i32.const 2) (i32.const 600) (i32.const 3)))
    (drop (call $random_u (i32.const 700) (i32.const 5)))
    (drop (call $log (i32.const 2) (i32.const 700) (i32.const 5)))
    ;; the most a call may ask for: 64 KiB
    (drop (call $random (i32.const 0) (i32.const 65536)))
    (i32.const 1)))
