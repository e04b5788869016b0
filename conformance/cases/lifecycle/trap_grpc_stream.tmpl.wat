;; trap_grpc_stream (0.1.0 on, where proxy_grpc_stream takes initial
;; metadata: 9 parameters).  proxy_on_configure opens a gRPC stream with
;; one initial metadata pair {x-a: 1} and returns whether the open was ok.
;; A gRPC callback returns normally, except that it traps when its third
;; argument (pairs count, message size, status) is 0.  The other callbacks are exported and
;; harmless, so the host calls exactly what the steps drive.
(module
  (import "env" "proxy_grpc_stream"
    (func $grpc_stream (param i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "cluster")
  (data (i32.const 32) "pkg.Svc")
  (data (i32.const 48) "Watch")
  ;; {x-a: 1}: count 1, sizes 3 and 1, then the NUL-terminated strings
  (data (i32.const 64) "\01\00\00\00\03\00\00\00\01\00\00\00x-a\001\00")
  (global $bump (mut i32) (i32.const 4096))
  {{marker}}
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (global.get $bump)
    (global.set $bump (i32.add (global.get $bump) (local.get $n))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32)
    (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (i32.eqz (call $grpc_stream (i32.const 16) (i32.const 7) (i32.const 32) (i32.const 7)
      (i32.const 48) (i32.const 5) (i32.const 64) (i32.const 18) (i32.const 8))))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "proxy_on_done") (param i32) (result i32)
    (i32.const 1))
  (func (export "proxy_on_log") (param i32))
  (func (export "proxy_on_delete") (param i32))
  (func (export "proxy_on_grpc_receive_initial_metadata") (param i32 i32 i32)
    (if (i32.eqz (local.get 2)) (then unreachable)))
  (func (export "{{export proxy_on_grpc_receive_trailing_metadata}}") (param i32 i32 i32)
    (if (i32.eqz (local.get 2)) (then unreachable)))
  (func (export "proxy_on_grpc_receive") (param i32 i32 i32)
    (if (i32.eqz (local.get 2)) (then unreachable)))
  (func (export "proxy_on_grpc_close") (param i32 i32 i32)
    (if (i32.eqz (local.get 2)) (then unreachable))))
