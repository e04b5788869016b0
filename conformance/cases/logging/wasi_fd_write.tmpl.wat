;; fd_write to fd 1 with two iovecs ("hello ", "world\n"), to fd 2 with
;; one ("oops"), and to fd 1 with no iovecs.  nwritten goes to 512.
(module
  (import "wasi_snapshot_preview1" "fd_write"
    (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "hello world\0a")
  (data (i32.const 32) "oops")
  ;; iovecs (ptr, len): 256 "hello ", 264 "world\n", 272 "oops"
  (data (i32.const 256) "\10\00\00\00\06\00\00\00" "\16\00\00\00\06\00\00\00"
    "\20\00\00\00\04\00\00\00")
  (data (i32.const 512) "\ff\ff\ff\ff")
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $fd_write (i32.const 1) (i32.const 256) (i32.const 2) (i32.const 512)))
    (drop (call $fd_write (i32.const 2) (i32.const 272) (i32.const 1) (i32.const 512)))
    (drop (call $fd_write (i32.const 1) (i32.const 256) (i32.const 0) (i32.const 512)))
    (i32.const 1)))
